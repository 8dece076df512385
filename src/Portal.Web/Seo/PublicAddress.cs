using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Portal.Web.Seo;

/// <summary>
/// The site's own address, for links that leave the page: canonical, alternates, feeds, sitemap. Never the Host a client
/// sent: <c>Portal:PublicBaseUrl</c> when set (a mirror or a proxy must not become canonical), else the address the
/// server listens on.
/// </summary>
public sealed class PublicAddress(IOptions<PortalOptions> options, IServer server)
{
    private const string Fallback = "http://localhost";

    private readonly Lazy<string> baseUrl = new(() => string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
        ? ListeningAddress(server) ?? Fallback
        : options.Value.PublicBaseUrl.TrimEnd('/'));

    /// <summary>The address without a final slash: https://example.org.</summary>
    public string BaseUrl => baseUrl.Value;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl);

    /// <param name="path">A path from the site's root, starting with "/".</param>
    public string Absolute(string path) => BaseUrl + path;

    /// <summary>The first address Kestrel listens on (http preferred), with a wildcard host written as localhost.</summary>
    private static string? ListeningAddress(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http:", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost").Replace("://*", "://localhost"), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host is "0.0.0.0" or "[::]" ? "localhost" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri.GetLeftPart(UriPartial.Authority);
    }
}
