using Portal.Web.Areas.Admin.Translations;

namespace Portal.Tests.Admin;

/// <summary>The English word diff a translator reads: the changed words marked, every other character kept.</summary>
public sealed class WordDiffTests
{
    [Theory]
    [InlineData("The Committee met on Tuesday.", "The Committee met on Wednesday.")]
    [InlineData("Title en changed-together", "A new English title")]
    [InlineData("Line one.\n\nLine two, with a [link](https://example.org/a).", "Line one.\n\nLine two, with a [link](https://example.org/b).\n\n- a list")]
    [InlineData("Встреча в Страсбурге «Совета Европы».", "Встреча в Вильнюсе «Совета Европы».")]
    [InlineData("", "Only new text.")]
    public void Removing_the_insertions_gives_the_earlier_text_and_removing_the_deletions_the_new_one(string before, string after)
    {
        var diff = WordDiff.Between(before, after);

        Assert.Equal(before, string.Concat(diff.Where(s => s.Kind != DiffKind.Inserted).Select(s => s.Text)));
        Assert.Equal(after, string.Concat(diff.Where(s => s.Kind != DiffKind.Deleted).Select(s => s.Text)));
    }

    [Fact]
    public void One_word_changed_is_one_deletion_and_one_insertion_of_that_word()
    {
        var diff = WordDiff.Between("The Committee met on Tuesday in Strasbourg.", "The Committee met on Wednesday in Strasbourg.");

        Assert.Equal(
            [new(DiffKind.Same, "The Committee met on "), new(DiffKind.Deleted, "Tuesday"), new(DiffKind.Inserted, "Wednesday"), new(DiffKind.Same, " in Strasbourg.")],
            diff);
    }

    [Fact]
    public void Words_added_between_two_others_are_one_insertion()
    {
        var diff = WordDiff.Between("Council of Europe Contact Group", "Council of Europe (CoE) Contact Group");

        Assert.Equal([new(DiffKind.Same, "Council of Europe "), new(DiffKind.Inserted, "(CoE) "), new(DiffKind.Same, "Contact Group")], diff);
    }

    [Fact]
    public void A_rewritten_phrase_reads_as_one_deletion_and_one_insertion()
    {
        var diff = WordDiff.Between("It met in the old building today.", "It met in a brand new hall today.");

        Assert.Equal(
            [new(DiffKind.Same, "It met in "), new(DiffKind.Deleted, "the old building"), new(DiffKind.Inserted, "a brand new hall"), new(DiffKind.Same, " today.")],
            diff);
    }
}
