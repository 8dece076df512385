namespace Portal.Web.Data;

/// <summary>One language's text of something that comes from a file under content/.</summary>
public abstract class ImportedText
{
    public int Id { get; set; }
    public required string Language { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string BodyHtml { get; set; }

    /// <summary>Path of the source file relative to the content folder, with forward slashes.</summary>
    public required string SourcePath { get; set; }

    /// <summary>Hash of the file and of the renderer's version: an unchanged file is not read again.</summary>
    public required string SourceHash { get; set; }
    public DateTime UpdatedAt { get; set; }
}
