namespace Portal.Web.Cli.Export;

/// <summary>What <c>export OUT [--base-url URL] [--offline] [--force]</c> was asked to do; other arguments configure the site.</summary>
public sealed record ExportSettings(string Out, string? MirrorBaseUrl, bool Offline, bool Force, IReadOnlyList<string> Configuration)
{
    public const string Usage =
        "Usage: Portal.Web export OUT [--base-url URL] [--offline] [--force] [--Portal:PublicBaseUrl=https://...]";

    public const string PublicBaseUrlKey = $"{PortalOptions.Section}:{nameof(PortalOptions.PublicBaseUrl)}";

    /// <summary>The settings, or null when the arguments are not understood (a usage error).</summary>
    public static ExportSettings? Parse(string[] arguments)
    {
        if (arguments is not ["export", var output, .. var rest] || output.StartsWith('-'))
        {
            return null;
        }

        string? baseUrl = null;
        bool offline = false, force = false;
        var configuration = new List<string>();
        for (var i = 0; i < rest.Length; i++)
        {
            switch (rest[i])
            {
                case "--base-url" when i + 1 < rest.Length && !rest[i + 1].StartsWith("--", StringComparison.Ordinal):
                    baseUrl = rest[++i];
                    break;
                case "--base-url":
                    return null;
                case "--offline":
                    offline = true;
                    break;
                case "--force":
                    force = true;
                    break;
                default:
                    configuration.Add(rest[i]);
                    break;
            }
        }

        return new ExportSettings(Path.GetFullPath(output), baseUrl, offline, force, configuration);
    }

    /// <summary>Why the mirror's address cannot be used, or null when it can (or none was given).</summary>
    public string? MirrorBaseUrlProblem() =>
        MirrorBaseUrl is null || (Uri.TryCreate(MirrorBaseUrl, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"
            && address.Query.Length == 0 && address.Fragment.Length == 0)
            ? null
            : $"--base-url: '{MirrorBaseUrl}' is not an absolute http(s) address without a query (for example https://mirror.example.org/).";

    /// <summary>The path of the mirror's root on its host ("/" or "/some/folder/"), for links that must work from any depth.</summary>
    public string MirrorRootPath => MirrorAddress is null ? "/" : new Uri(MirrorAddress + "/").AbsolutePath;

    /// <summary>The mirror's address without a final slash, as links are written from it.</summary>
    public string? MirrorAddress => MirrorBaseUrl?.TrimEnd('/');
}
