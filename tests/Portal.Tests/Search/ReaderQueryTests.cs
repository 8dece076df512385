using Portal.Web.Search;

namespace Portal.Tests.Search;

public sealed class ReaderQueryTests
{
    [Theory]
    [InlineData("Congrès local", "\"Congrès\"* AND \"local\"*")]
    [InlineData("NEAR(congress OR \"local\")*", "\"NEAR\"* AND \"congress\"* AND \"OR\"* AND \"local\"*")]
    [InlineData("title:congress -x ^y", "\"title\"* AND \"congress\"* AND \"x\" AND \"y\"")]
    [InlineData("d'Europe, 2025", "\"d\" AND \"Europe\"* AND \"2025\"*")]
    [InlineData("Конгресс  беларускіх", "\"Конгресс\"* AND \"беларускіх\"*")]
    public void The_readers_text_becomes_quoted_words_that_must_all_match(string text, string match) =>
        Assert.Equal(match, ReaderQuery.Parse(text).ToFtsMatch());

    [Fact]
    public void A_decomposed_accent_is_the_same_word_as_a_composed_one() =>
        Assert.Equal(ReaderQuery.Parse("Congrès").Words, ReaderQuery.Parse("Congre\u0300s").Words);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \"*\" ( ) : ^ - ")]
    public void Text_without_words_is_an_empty_query(string? text) => Assert.True(ReaderQuery.Parse(text).IsEmpty);

    [Fact]
    public void A_long_query_keeps_its_first_words_and_says_it_was_shortened()
    {
        var query = ReaderQuery.Parse(string.Join(' ', Enumerable.Range(1, 30).Select(i => $"w{i}")));

        Assert.True(query.WasShortened);
        Assert.Equal(ReaderQuery.MaxWords, query.Words.Count);
        Assert.Equal("w1", query.Words[0]);
        Assert.False(ReaderQuery.Parse("congress local").WasShortened);
    }
}
