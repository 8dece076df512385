using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Seo;

/// <summary>The <c>Portal:SecurityTxt</c> section: how to report a vulnerability (RFC 9116); no contact, no file.</summary>
public sealed class SecurityTxtOptions : IValidatableObject
{
    public const string Section = "Portal:SecurityTxt";

    /// <summary>Where to report: <c>mailto:</c> or <c>https://</c> addresses, most preferred first.</summary>
    public List<string> Contact { get; set; } = [];

    /// <summary>When the file stops being true; required with a contact.</summary>
    public DateTimeOffset? Expires { get; set; }

    /// <summary>The disclosure policy's address, if there is one.</summary>
    public string? Policy { get; set; }

    public bool IsPublished => Contact.Count > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var contact in Contact.Where(c => !Uri.TryCreate(c, UriKind.Absolute, out var uri) || uri.Scheme is not ("mailto" or "https" or "tel")))
        {
            yield return new ValidationResult($"{Section}:Contact: '{contact}' is not a mailto:, https: or tel: address");
        }

        if (IsPublished && Expires is null)
        {
            yield return new ValidationResult($"{Section}:Expires is required with a contact (e.g. 2027-12-31T00:00:00Z)");
        }

        if (Policy is not null && !(Uri.TryCreate(Policy, UriKind.Absolute, out var policy) && policy.Scheme == "https"))
        {
            yield return new ValidationResult($"{Section}:Policy: '{Policy}' is not an https: address");
        }
    }
}
