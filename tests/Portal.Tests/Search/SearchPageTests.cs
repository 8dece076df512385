using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>Search over the repository's real content/ (the institutions, in four languages).</summary>
public sealed class SearchPageTests(RealContentPortal fixture) : SearchPageTestsOn<RealContentPortal>(fixture);

/// <summary>The same tests on PostgreSQL: each language's text search configuration, accents folded, prefixes, hostile queries.</summary>
public sealed class SearchPageOnPostgreSqlTests(PostgreSqlRealContentPortal fixture) : SearchPageTestsOn<PostgreSqlRealContentPortal>(fixture);

public abstract class SearchPageTestsOn<TPortal>(TPortal portal) : IClassFixture<TPortal> where TPortal : PortalFactory
{
    private readonly TPortal fixture = TestServers.Checked(portal);

    [Theory]
    [InlineData("en", "congress", "Congress of Local and Regional Authorities")]
    [InlineData("en", "CONGRESS", "Congress of Local and Regional Authorities")]
    [InlineData("en", "congr", "Congress of Local and Regional Authorities")]
    [InlineData("fr", "Congrès", "Congrès des pouvoirs locaux et régionaux")]
    [InlineData("fr", "congres", "Congrès des pouvoirs locaux et régionaux")]
    [InlineData("fr", "CONGRÈS pouvoirs", "Congrès des pouvoirs locaux et régionaux")]
    [InlineData("ru", "Конгресс", "Конгресс местных и региональных властей")]
    [InlineData("ru", "конгресс", "Конгресс местных и региональных властей")]
    [InlineData("ru", "КОНГРЕСС властей", "Конгресс местных и региональных властей")]
    [InlineData("be", "Кангрэс", "Кангрэс мясцовых і рэгіянальных улад")]
    [InlineData("be", "кангрэс улад", "Кангрэс мясцовых і рэгіянальных улад")]
    public async Task Search_finds_an_institution_in_its_language_whatever_the_case_and_accents(string language, string query, string title)
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync($"/{language}/search?q={Uri.EscapeDataString(query)}");

        var results = page.QuerySelectorAll("ol.search-results > li").ToList();
        var result = Assert.Single(results, r => r.QuerySelector("h2")!.TextContent == title);
        Assert.Equal($"/{language}/institutions/congress", result.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.NotEmpty(result.QuerySelectorAll("mark"));
    }

    [Fact]
    public async Task Results_are_only_in_the_language_of_the_page_and_say_what_they_are()
    {
        var client = await fixture.ReadyClientAsync();

        var english = await client.GetDocumentAsync("/en/search?q=" + Uri.EscapeDataString("Конгресс"));
        var russian = await client.GetDocumentAsync("/ru/search?q=" + Uri.EscapeDataString("Конгресс"));

        Assert.Empty(english.QuerySelectorAll("ol.search-results li"));
        Assert.Equal("Nothing was found. Try other words, or fewer of them.", english.QuerySelector("main > p")?.TextContent);
        var congress = russian.QuerySelectorAll("ol.search-results li")
            .Single(r => r.QuerySelector("h2 a")!.GetAttribute("href") == "/ru/institutions/congress");
        Assert.Equal("Институт Совета Европы", congress.QuerySelector(".search-meta span")!.TextContent);
    }

    [Fact]
    public async Task An_empty_query_shows_the_form_and_no_error()
    {
        var client = await fixture.ReadyClientAsync();

        foreach (var url in new[] { "/fr/search", "/fr/search?q=", "/fr/search?q=%20%20" })
        {
            var page = await client.GetDocumentAsync(url);

            Assert.Equal("Recherche", page.QuerySelector("h1")!.TextContent);
            Assert.NotNull(page.QuerySelector("main form[role=search] input[name=q]"));
            Assert.Null(page.QuerySelector("ol.search-results"));
        }
    }

    [Fact]
    public async Task The_header_of_every_page_has_a_search_form_that_works_without_javascript()
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync("/be/institutions");

        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/be/search", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.Equal("Пошук па сайце", page.QuerySelector($"label[for={input.Id}]")!.TextContent);
        Assert.Equal("Шукаць", form.QuerySelector("button[type=submit]")!.TextContent);
    }

    public static TheoryData<string> HostileQueries() =>
    [
        "\"", "\"congress", "congress\"", "*", "congress*", "*congress", "NEAR(", "NEAR(congress local)", "NEAR(congress, 2)", "OR",
        "congress OR", "OR congress", "AND", "NOT congress", "-congress", "^congress", "title:congress", "Title : congress", "(", ")",
        "{Title Body}: congress", "'; DROP TABLE \"SearchIndex\"; --", "<script>alert(1)</script>", "<b>congress</b>",
        "\"><img src=x onerror=alert(1)>", "\uE000congress\uE001", "congress\0", new string('x', 5000),
        string.Concat(Enumerable.Repeat("congress \"OR\" NEAR( * ", 250)),
        "a" + string.Concat(Enumerable.Repeat("\U0001F600", 300)), "congress e\u0301 \u0301\u0301",
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task A_hostile_query_gives_a_normal_page_with_its_markup_escaped(string query)
    {
        var client = await fixture.ReadyClientAsync();

        using var response = await client.GetAsync("/en/search?q=" + Uri.EscapeDataString(query));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{query[..Math.Min(40, query.Length)]}: {response.StatusCode}");
        var page = await response.ReadDocumentAsync();
        Assert.Empty(page.QuerySelectorAll("script, img, main b"));
        Assert.All(page.QuerySelectorAll("mark"), mark => Assert.Empty(mark.Children));
    }

    [Fact]
    public async Task Markup_in_a_query_is_shown_as_text()
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync("/en/search?q=" + Uri.EscapeDataString("<b>congress</b>"));

        Assert.Equal("Results for “<b>congress</b>”", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("<b>congress</b>", page.QuerySelector("main input[name=q]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("main b"));
    }

    [Fact]
    public async Task A_very_long_query_is_shortened_and_the_reader_is_told()
    {
        var client = await fixture.ReadyClientAsync();
        var query = "congress " + string.Concat(Enumerable.Repeat("local ", 1000));

        var page = await client.GetDocumentAsync("/en/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal("Your search was long, so only its first 200 characters and first 10 words were used.",
            page.QuerySelector("main p.notice")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("ol.search-results li"));
    }

    [Fact]
    public async Task A_page_of_results_that_does_not_exist_is_a_404()
    {
        var client = await fixture.ReadyClientAsync();

        foreach (var page in new[] { "0", "-1", "9999", "abc", "99999999999" })
        {
            using var response = await client.GetAsync("/en/search?q=congress&page=" + page);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
