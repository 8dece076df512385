using System.ComponentModel.DataAnnotations;

namespace Portal.Web;

/// <summary>The <c>Portal</c> section of the configuration.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The folder of Markdown content; relative paths are taken from the app's content root.</summary>
    [Required]
    public string ContentPath { get; set; } = "";

    /// <summary>The site's public address (https://example.org), for absolute links; empty: taken from the request.</summary>
    [Url]
    public string? PublicBaseUrl { get; set; }
}
