namespace Portal.Web.Content;

/// <summary>What one import did, file by file counted.</summary>
public sealed class ImportReport
{
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Removed { get; set; }

    /// <summary>News items an editor has changed or deleted: their files are left alone.</summary>
    public int KeptEditorChanges { get; set; }
    public List<RefusedFile> Refused { get; } = [];
}
