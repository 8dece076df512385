using System.ComponentModel.DataAnnotations;

namespace Portal.Web;

/// <summary>The <c>Portal</c> section of the configuration.</summary>
public sealed class PortalOptions : IValidatableObject
{
    public const string Section = "Portal";

    /// <summary>The folder of Markdown content; relative paths are taken from the app's content root.</summary>
    [Required]
    public string ContentPath { get; set; } = "";

    /// <summary>The site's official address (https://example.org), for absolute links; empty: the server's own address.</summary>
    public string? PublicBaseUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl)
            && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"
                && address.Query.Length == 0 && address.Fragment.Length == 0))
        {
            yield return new ValidationResult($"{Section}:PublicBaseUrl: '{PublicBaseUrl}' is not an http(s) address without a query");
        }
    }
}
