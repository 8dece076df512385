using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Translations;

/// <summary>One field of the English that changed since a translation was made, with its word diff.</summary>
public sealed record FieldChange(string Field, IReadOnlyList<DiffSegment> Diff);

/// <summary>What changed in the English between the text a translation was made from and the current one.</summary>
public static class EnglishChange
{
    /// <summary>The changed fields, in the form's order; empty when the words are the same.</summary>
    public static IReadOnlyList<FieldChange> Between(EnglishText before, EnglishText after) =>
        new[]
        {
            ("Title", before.Title, after.Title),
            ("Summary", before.Summary, after.Summary),
            ("Place", before.Place, after.Place),
            ("Body", before.BodyMarkdown.TrimEnd(), after.BodyMarkdown.TrimEnd()),
        }
        .Where(field => field.Item2.Trim() != field.Item3.Trim())
        .Select(field => new FieldChange(field.Item1, WordDiff.Between(field.Item2, field.Item3)))
        .ToList();
}
