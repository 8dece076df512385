using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Portal.Tests.Export;

/// <summary>Reading an export as a browser on a disk would: its pages as documents, its links as files.</summary>
public static class ExportedPages
{
    public static async Task<IHtmlDocument> OpenAsync(string root, string file)
    {
        var html = await File.ReadAllTextAsync(Path.Combine(root, file));
        var address = new Uri(new Uri(root.TrimEnd('/') + "/"), file);
        return (IHtmlDocument)await BrowsingContext.New(Configuration.Default).OpenAsync(page => page.Content(html).Address(address));
    }

    /// <summary>Every link, stylesheet, image and form target of a page, as written.</summary>
    public static IEnumerable<string> Links(IDocument page) =>
        page.QuerySelectorAll("a[href], link[href], img[src], script[src], form[action]")
            .Select(element => element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("action")!);

    /// <summary>Whether a link leaves the site (another host, a phone number) rather than naming a file of the export.</summary>
    public static bool LeavesTheSite(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme != Uri.UriSchemeFile;

    /// <summary>The file a relative or rooted link of <paramref name="file"/> names in the export (a folder: its index.html).</summary>
    public static string TargetOf(string root, string file, string link, string rootPath = "/")
    {
        var withoutFragment = link.Split('#')[0].Split('?')[0];
        var target = withoutFragment.StartsWith('/')
            ? Path.Combine(root, withoutFragment.StartsWith(rootPath, StringComparison.Ordinal) ? withoutFragment[rootPath.Length..] : withoutFragment.TrimStart('/'))
            : withoutFragment.Length == 0 ? Path.Combine(root, file)
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine(root, file))!, withoutFragment));
        return target.EndsWith('/') || Directory.Exists(target) ? Path.Combine(target, "index.html") : target;
    }

    /// <summary>The live address of an exported page: <c>en/news/x/index.html</c> is <c>/en/news/x</c>, a language's home <c>/en/</c>.</summary>
    public static string LiveAddressOf(string file)
    {
        var folder = file[..^"index.html".Length].TrimEnd('/');
        var paging = System.Text.RegularExpressions.Regex.Match(folder, "^(?<list>.*)/page/(?<number>[0-9]+)$");
        return paging.Success ? $"/{paging.Groups["list"].Value}?page={paging.Groups["number"].Value}"
            : folder.Contains('/') ? "/" + folder
            : "/" + folder + "/";
    }

    /// <summary>The text a reader sees in an element, with runs of white space as one space.</summary>
    /// <remarks>
    /// Without the printed official address at the foot: the copy names the official site, a live test app without
    /// <c>Portal:PublicBaseUrl</c> its own address.
    /// </remarks>
    public static string VisibleText(IElement? element)
    {
        var text = element?.Clone() as IElement;
        foreach (var printOnly in text?.QuerySelectorAll(".print-only").ToList() ?? [])
        {
            printOnly.Remove();
        }

        return string.Join(' ', (text?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
