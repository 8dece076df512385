using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Pages;

public sealed class LocalizedPagesTests(FixtureContentPortal fixture) : LocalizedPagesTestsOn<FixtureContentPortal>(fixture);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class LocalizedPagesOnPostgreSqlTests(PostgreSqlFixtureContentPortal fixture)
    : LocalizedPagesTestsOn<PostgreSqlFixtureContentPortal>(fixture);

public abstract class LocalizedPagesTestsOn<TPortal>(TPortal portal) : IClassFixture<TPortal> where TPortal : PortalFactory
{
    private readonly TPortal fixture = TestServers.Checked(portal);

    [Theory]
    [InlineData("en", "26 March 2025")]
    [InlineData("fr", "26 mars 2025")]
    [InlineData("ru", "26 марта 2025")]
    [InlineData("be", "26 сакавіка 2025")]
    public async Task News_dates_are_written_in_the_reader_s_language(string language, string date)
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync($"/{language}/news");

        var time = page.QuerySelector("time[datetime='2025-03-26']");
        Assert.NotNull(time);
        Assert.Equal(date, time.TextContent);
    }

    [Theory]
    [InlineData("fr", "/about", "Ce texte n'a pas encore été traduit en français.")]
    [InlineData("ru", "/news/2025-02-11-english-only", "Этот текст ещё не переведён на русский язык.")]
    [InlineData("be", "/history", "Гэты тэкст яшчэ не перакладзены на беларускую мову.")]
    [InlineData("fr", "/institutions/congress", "Ce texte n'a pas encore été traduit en français.")]
    public async Task An_untranslated_page_shows_the_english_text_with_a_notice_in_the_reader_s_language(string language, string path, string notice)
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync($"/{language}{path}");

        Assert.StartsWith(notice, page.QuerySelector(".notice")?.TextContent);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", page.QuerySelector("h1")?.Closest("[lang]")?.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_translated_page_has_no_notice()
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync("/ru/history");

        Assert.Null(page.QuerySelector(".notice"));
        Assert.Equal("История (тест)", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("Подписаны первые конвенции.", page.QuerySelector(".timeline-entry .what")?.TextContent);
    }

    [Theory]
    [InlineData("/ru/no-such-page", "ru", "Страница не найдена")]
    [InlineData("/fr/news/no-such-item", "fr", "Page introuvable")]
    [InlineData("/be/institutions/no-such-body", "be", "Старонка не знойдзена")]
    [InlineData("/en/news?page=2", "en", "Page not found")]
    [InlineData("/fr/news?page=0", "fr", "Page introuvable")]
    [InlineData("/ru/news?page=abc", "ru", "Страница не найдена")]
    [InlineData("/en/home", "en", "Page not found")]
    public async Task An_unknown_page_or_slug_is_a_404_in_the_reader_s_language(string url, string language, string heading)
    {
        var client = await fixture.ReadyClientAsync();

        using var response = await client.GetAsync(url);
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
        Assert.Equal($"/{language}/", page.QuerySelector("main a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("ru", "Страница не найдена")]
    [InlineData("be", "Старонка не знойдзена")]
    public async Task An_unknown_language_is_a_404_in_the_browser_s_language(string browserLanguage, string heading)
    {
        var client = await fixture.ReadyClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/de/news");
        request.Headers.Add("Accept-Language", browserLanguage);

        using var response = await client.SendAsync(request);
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(browserLanguage, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task News_are_listed_newest_first_with_date_place_institution_and_summary()
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync("/fr/news");

        var cards = page.QuerySelectorAll(".news-card");
        Assert.Equal(2, cards.Length);
        Assert.Equal("Les sessions ouvertes aux forces démocratiques", cards[0].QuerySelector("h2")?.TextContent);
        Assert.Contains("Strasbourg", cards[0].TextContent);
        Assert.Contains("Summary fr.", cards[0].TextContent);
        Assert.Equal("/fr/institutions/congress", cards[0].QuerySelector("a[href*='institutions']")?.GetAttribute("href"));
        Assert.Equal("An item in English only", cards[1].QuerySelector("h2")?.TextContent);
        Assert.Equal("en", cards[1].GetAttribute("lang"));
    }

    [Fact]
    public async Task An_institution_page_lists_the_news_that_concern_it()
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync("/be/institutions/congress");

        Assert.Equal("Кангрэс (тэст)", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["/be/news/2025-03-26-sessions", "/be/news/2025-02-11-english-only"],
            page.QuerySelectorAll(".news-card h3 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_navigation_marks_the_current_section()
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync("/ru/news/2025-03-26-sessions");

        var current = Assert.Single(page.QuerySelectorAll(".main-nav a[aria-current='page']"));
        Assert.Equal("/ru/news", current.GetAttribute("href"));
        Assert.Equal("Новости", current.TextContent);
    }
}
