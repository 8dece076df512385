using System.Globalization;

namespace Portal.Web.Cli.Export;

/// <summary>
/// Where each address of the site lands in the mirror, as a path any static host serves: <c>/en/news/x</c> as
/// <c>en/news/x/index.html</c>, the news list's page N (<c>/en/news?page=N</c>, a query no static host can answer) as
/// <c>en/news/page/N/index.html</c>, files with an extension (feeds, stylesheets) as themselves.
/// </summary>
public static class MirrorLayout
{
    public const string Index = "index.html";
    public const string NotFound = "404.html";

    private const string PageQuery = "page=";
    private const string SearchSegment = "search";

    /// <summary>
    /// The address an href names, as the crawler keeps it (<c>/en/news?page=2</c>); null for one that is not a public page
    /// of the site (another host, the newsroom, a search's results: the mirror keeps one search page per language).
    /// </summary>
    public static string? AddressOf(string href)
    {
        if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var end = href.IndexOfAny(['?', '#']);
        var path = end < 0 ? href : href[..end];
        if (path.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) || path.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        return PageNumber(href) is > 1 and var number && !IsSearch(path)
            ? path + "?" + PageQuery + number.ToString(CultureInfo.InvariantCulture)
            : path;
    }

    /// <summary>The file of an address, relative to the mirror's root, with "/" between folders.</summary>
    public static string FileOf(string address)
    {
        var query = address.IndexOf('?');
        var path = (query < 0 ? address : address[..query]).TrimStart('/');
        if (query >= 0)
        {
            return Folder(path) + "page/" + address[(query + 1 + PageQuery.Length)..] + "/" + Index;
        }

        var lastSegment = path[(path.LastIndexOf('/') + 1)..];
        return lastSegment.Contains('.') ? path : Folder(path) + Index;
    }

    /// <summary>
    /// The link from one file of the mirror to another: relative, so that the mirror works under any folder of any host and
    /// from a disk; offline, to the file itself (a browser opening files shows no folder's index.html), else to its folder.
    /// </summary>
    public static string Link(string fromFile, string toFile, bool offline)
    {
        var target = !offline && toFile.EndsWith("/" + Index, StringComparison.Ordinal) ? toFile[..^Index.Length]
            : !offline && toFile == Index ? ""
            : toFile;
        var fromFolder = fromFile.Contains('/') ? fromFile[..(fromFile.LastIndexOf('/') + 1)] : "";
        var relative = Relative(fromFolder, target);
        return relative.Length == 0 ? "./" : relative;
    }

    /// <summary>A link that works from any depth (for 404.html, served at any missing address): from the mirror's root path.</summary>
    public static string RootedLink(string rootPath, string toFile) =>
        rootPath + (toFile.EndsWith(Index, StringComparison.Ordinal) ? toFile[..^Index.Length] : toFile);

    private static string Folder(string path) => path.Length == 0 || path.EndsWith('/') ? path : path + "/";

    private static bool IsSearch(string path) => path.TrimEnd('/').EndsWith("/" + SearchSegment, StringComparison.Ordinal);

    private static int PageNumber(string href)
    {
        var query = href.IndexOf('?');
        if (query < 0)
        {
            return 1;
        }

        var end = href.IndexOf('#', query);
        foreach (var pair in href[(query + 1)..(end < 0 ? href.Length : end)].Split('&'))
        {
            if (pair.StartsWith(PageQuery, StringComparison.Ordinal)
                && int.TryParse(pair[PageQuery.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
        }

        return 1;
    }

    private static string Relative(string fromFolder, string target)
    {
        var from = fromFolder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = target.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to[common..]);
    }
}
