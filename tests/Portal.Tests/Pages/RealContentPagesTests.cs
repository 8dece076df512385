using Portal.Tests.Infrastructure;

namespace Portal.Tests.Pages;

public sealed class RealContentPagesTests(RealContentPortal fixture) : RealContentPagesTestsOn<RealContentPortal>(fixture);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class RealContentPagesOnPostgreSqlTests(PostgreSqlRealContentPortal fixture) : RealContentPagesTestsOn<PostgreSqlRealContentPortal>(fixture);

/// <summary>The site as readers get it, on the repository's own content/.</summary>
public abstract class RealContentPagesTestsOn<TPortal>(TPortal fixture) : IClassFixture<TPortal> where TPortal : PortalFactory
{
    public static TheoryData<string, string> EverySectionInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        string[] paths = ["/", "/priorities", "/history", "/highlights", "/news", "/institutions",
            "/institutions/committee-of-ministers", "/institutions/parliamentary-assembly", "/institutions/congress",
            "/institutions/commissioner-for-human-rights", "/institutions/journalists-safety-platform",
            "/news/2025-03-26-congress-president-meets-belarusian-democratic-forces",
            "/news/2025-02-12-congress-invites-belarusian-democratic-forces",
            "/news/2025-02-11-bureau-invites-belarusian-democratic-forces"];
        foreach (var language in new[] { "en", "fr", "ru", "be" })
        {
            foreach (var path in paths)
            {
                data.Add(language, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EverySectionInEveryLanguage))]
    public async Task Every_section_reads_in_every_language_without_a_fallback(string language, string path)
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync("/" + language + path);

        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Null(page.QuerySelector(".notice"));
        Assert.True(page.QuerySelector("main")!.TextContent.Length > 300, "the page has almost no text");
        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading h{levels[i]} follows h{levels[i - 1]} on {path}");
        }
    }

    [Theory]
    [InlineData("en", "26 March 2025", "Strasbourg")]
    [InlineData("fr", "26 mars 2025", "Strasbourg")]
    [InlineData("ru", "26 марта 2025", "Страсбург")]
    [InlineData("be", "26 сакавіка 2025", "Страсбург")]
    public async Task The_latest_news_on_the_home_page_has_its_date_and_place_in_the_reader_s_language(string language, string date, string place)
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync($"/{language}/");

        var first = page.QuerySelector(".news-card")!;
        Assert.Equal(date, first.QuerySelector("time")?.TextContent);
        Assert.Contains(place, first.TextContent);
        Assert.Equal(3, page.QuerySelectorAll(".news-card").Length);
        Assert.Equal(5, page.QuerySelectorAll(".institution-list li").Length);
    }

    [Theory]
    [InlineData("en", "Tsikhanouskaya")]
    [InlineData("fr", "Tsikhanouskaya")]
    [InlineData("ru", "Тихановская")]
    [InlineData("be", "Ціханоўская")]
    public async Task The_history_timeline_runs_from_1992_to_2025_with_names_in_the_language_s_own_form(string language, string name)
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync($"/{language}/history");

        var years = page.QuerySelectorAll(".timeline .year").Select(y => int.Parse(y.TextContent)).ToList();
        Assert.Equal(1992, years.Min());
        Assert.Equal(2025, years.Max());
        Assert.Equal(2, page.QuerySelectorAll("ol.timeline").Length);
        Assert.Contains(name, page.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("ru")]
    [InlineData("be")]
    public async Task The_journalists_platform_page_gives_the_numbers_of_the_sources(string language)
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync($"/{language}/institutions/journalists-safety-platform");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("38", text);
        Assert.Contains("15", text);
        Assert.Contains("2023", text);
    }
}
