using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Infrastructure;

/// <summary><c>Portal:OnionAddress</c>: the site's address as a Tor onion service, when it has one.</summary>
public sealed class OnionOptions : IValidatableObject
{
    /// <summary>http://….onion, or empty when the site has no onion service.</summary>
    public string? OnionAddress { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(OnionAddress)
            && !(Uri.TryCreate(OnionAddress, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"
                && address.Host.EndsWith(".onion", StringComparison.OrdinalIgnoreCase) && address.Query.Length == 0))
        {
            yield return new ValidationResult(
                $"{PortalOptions.Section}:{nameof(OnionAddress)}: '{OnionAddress}' is not an http(s) address whose host ends in .onion");
        }
    }
}
