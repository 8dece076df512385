namespace Portal.Web.Areas.Admin.Translations;

public enum DiffKind
{
    Same,
    Deleted,
    Inserted,
}

/// <summary>A run of words that stayed, went or came.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);
