using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Caching;

/// <summary>The <c>Portal:Cache</c> section: how long public pages are kept, by the app and by browsers, proxies and mirrors.</summary>
public sealed class HttpCacheOptions
{
    public const string Section = "Portal:Cache";

    /// <summary>Off: every request renders again (to measure, or to look for a stale page).</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>How long the app keeps a rendered page; every change evicts what it touches, so this only bounds memory use.</summary>
    [Range(1, 7 * 24 * 3600)]
    public int OutputCacheSeconds { get; set; } = 24 * 3600;

    /// <summary><c>Cache-Control: max-age</c> for browsers, proxies and mirrors: how stale a page may be when it reaches a reader.</summary>
    [Range(0, 24 * 3600)]
    public int MaxAgeSeconds { get; set; } = 60;

    /// <summary><c>stale-while-revalidate</c>: how long a proxy may serve the old page while it fetches the new one.</summary>
    [Range(0, 7 * 24 * 3600)]
    public int StaleWhileRevalidateSeconds { get; set; } = 600;
}
