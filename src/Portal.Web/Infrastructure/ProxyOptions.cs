using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Portal.Web.Infrastructure;

/// <summary>The <c>Portal:Proxy</c> section: which reverse proxies may tell the app the client's address and scheme.</summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Portal:Proxy";

    /// <summary>IP addresses of the proxies in front of the app (X-Forwarded-For and -Proto are believed from these only).</summary>
    public List<string> KnownProxies { get; set; } = ["127.0.0.1", "::1"];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        KnownProxies.Where(proxy => !IPAddress.TryParse(proxy, out _))
            .Select(proxy => new ValidationResult($"{Section}:KnownProxies: '{proxy}' is not an IP address"));
}
