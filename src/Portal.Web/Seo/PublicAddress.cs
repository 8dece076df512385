namespace Portal.Web.Seo;

/// <summary>Absolute URLs for links that leave the page: canonical, alternates, feeds, sitemap.</summary>
public static class PublicAddress
{
    /// <summary><c>Portal:PublicBaseUrl</c> when set (a mirror or a proxy must not become canonical), else the request's own address.</summary>
    public static string BaseUrl(HttpRequest request, PortalOptions options) =>
        string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.PublicBaseUrl.TrimEnd('/');

    /// <param name="path">A path from the site's root, starting with "/".</param>
    public static string Absolute(HttpRequest request, PortalOptions options, string path) => BaseUrl(request, options) + path;
}
