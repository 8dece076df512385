using Portal.Web.Search;

namespace Portal.Tests.Search;

/// <summary>Titles and snippets mark the reader's words as the index matched them: case and Latin accents aside, as prefixes.</summary>
public sealed class MatchedTextTests
{

    [Theory]
    [InlineData("congres", "Congrès des pouvoirs locaux", "[Congrès] des pouvoirs locaux")]
    [InlineData("CONGRÈS pouv", "Congrès des pouvoirs locaux", "[Congrès] des [pouvoirs] locaux")]
    [InlineData("congr", "The Congress, and congresses.", "The [Congress], and [congresses].")]
    [InlineData("КОНГРЕСС", "Конгресс местных властей", "[Конгресс] местных властей")]
    [InlineData("a", "A cat at a gate", "[A] cat at [a] gate")]
    [InlineData("мои", "Мой дом", "Мой дом")]
    [InlineData("dog", "No match <b>here</b>", "No match <b>here</b>")]
    public void A_title_has_every_matching_word_marked(string query, string title, string expected)
    {
        Assert.Equal(expected, Shown(MatchedText.Highlighted(title, ReaderQuery.Parse(query))));
    }

    [Fact]
    public void A_snippet_is_the_stretch_around_the_matches_with_ellipses_where_the_text_goes_on()
    {
        var text = string.Join(" ", Enumerable.Range(1, 100).Select(i => i == 50 ? "Strasbourg" : $"w{i}"));

        var snippet = Shown(MatchedText.Snippet(text, ReaderQuery.Parse("strasb"), 24));

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("[Strasbourg]", snippet);
        Assert.Equal(24, snippet.Trim('…').Split(' ').Length);
        Assert.Contains("w40", snippet);
    }

    [Fact]
    public void A_snippet_prefers_the_stretch_with_more_of_the_readers_words()
    {
        var text = "council " + string.Join(" ", Enumerable.Range(1, 60).Select(i => $"w{i}")) + " council of europe and more";

        var snippet = Shown(MatchedText.Snippet(text, ReaderQuery.Parse("council europe"), 10));

        Assert.Contains("[council] of [europe]", snippet);
        Assert.StartsWith("…", snippet);
    }

    [Fact]
    public void A_body_without_the_words_gives_its_start()
    {
        var text = string.Join(" ", Enumerable.Range(1, 30).Select(i => $"w{i}"));

        Assert.Equal("w1 w2 w3 w4 w5…", MatchedText.Snippet(text, ReaderQuery.Parse("title"), 5));
        Assert.Equal("short text", MatchedText.Snippet("short text", ReaderQuery.Parse("title"), 5));
    }

    [Theory]
    [InlineData(SearchKind.Page, 1, "en")]
    [InlineData(SearchKind.News, 123456, "be")]
    [InlineData(SearchKind.Institution, 7, "ru")]
    public void A_rowid_says_the_item_and_the_language_it_stands_for(SearchKind kind, int id, string language)
    {
        var document = new SearchDocument(new SearchKey(kind, id), language, "slug", null, "Title", "Body");

        Assert.Equal((document.Key, language), SearchDocument.Of(document.RowId));
        Assert.Equal(SearchDocument.LanguageSlot(language), document.RowId % SearchDocument.LanguageSlots);
    }

    /// <summary>The markers as brackets, to read the expectations.</summary>
    private static string Shown(string marked) => marked.Replace(SnippetMarkers.Open, '[').Replace(SnippetMarkers.Close, ']');
}
