using Portal.Tests.Infrastructure;

namespace Portal.Tests.Pages;

/// <summary>A reader in a hurry: a news item's facts and reading time before its text; long pages open with their contents.</summary>
public sealed class ReadingInAHurryTests(RealContentPortal fixture) : IClassFixture<RealContentPortal>
{
    [Theory]
    [InlineData("en", "1 min read")]
    [InlineData("fr", "1 min de lecture")]
    [InlineData("ru", "1 мин чтения")]
    [InlineData("be", "1 хв чытання")]
    public async Task A_news_item_gives_its_date_place_institution_and_reading_time_before_its_text(string language, string readingTime)
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync($"/{language}/news/2025-02-11-bureau-invites-belarusian-democratic-forces");

        var facts = page.QuerySelector("article dl.facts")!;
        Assert.True(facts.CompareDocumentPosition(page.QuerySelector("article .prose")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.NotNull(facts.QuerySelector("time[datetime='2025-02-11']"));
        Assert.NotNull(facts.QuerySelector($"a[href='/{language}/institutions/congress']"));
        Assert.Contains(readingTime, facts.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "/history", 4)]
    [InlineData("be", "/history", 4)]
    [InlineData("fr", "/institutions/congress", 2)]
    [InlineData("ru", "/institutions/congress", 2)]
    public async Task A_long_page_opens_with_a_table_of_contents_that_leads_to_each_of_its_sections(string language, string path, int sections)
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync($"/{language}{path}");

        var entries = page.QuerySelectorAll("nav.toc a").ToList();
        Assert.Equal(sections, entries.Count);
        var headings = page.QuerySelectorAll("main h2[id]").Select(h => (Id: "#" + h.Id, Text: h.TextContent.Trim())).ToList();
        Assert.Equal(headings, entries.Select(a => (Id: a.GetAttribute("href")!, Text: a.TextContent.Trim())));
    }
}
