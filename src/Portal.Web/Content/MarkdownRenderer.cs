using System.Diagnostics.CodeAnalysis;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Web.Content;

/// <summary>
/// The one Markdown pipeline of the portal, for imported files and the admin's editor alike. Raw HTML
/// is written out as text, and links may only lead to web, mail or local addresses.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>Part of every content hash: raise it when the output changes, so that the next import renders every file again.</summary>
    public const int Version = 1;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    /// <exception cref="ArgumentException">Markdig refused the text: nested deeper than its limit.</exception>
    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        NeutraliseUnsafeLinks(document);
        return document.ToHtml(Pipeline);
    }

    /// <summary>
    /// Renders, or says why Markdig could not (a text nested deeper than its limit, typically), so that one broken text
    /// is refused on its own instead of failing the import or the editor's request.
    /// </summary>
    public static bool TryToHtml(string markdown, [NotNullWhen(true)] out string? html, [NotNullWhen(false)] out string? problem)
    {
        try
        {
            (html, problem) = (ToHtml(markdown), null);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Markdig works on a string in memory: whatever it throws is about this text alone.
            (html, problem) = (null, $"Markdig cannot render it: {e.Message}");
            return false;
        }
    }

    /// <summary>Renders one line of Markdown without the surrounding paragraph (a timeline entry), or says why Markdig could not.</summary>
    public static bool TryToInlineHtml(string markdown, [NotNullWhen(true)] out string? html, [NotNullWhen(false)] out string? problem)
    {
        if (!TryToHtml(markdown, out var block, out problem))
        {
            html = null;
            return false;
        }

        block = block.Trim();
        html = block.StartsWith("<p>", StringComparison.Ordinal) && block.EndsWith("</p>", StringComparison.Ordinal)
            && block.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? block[3..^4]
            : block;
        return true;
    }

    // DisableHtml stops raw HTML, but a link such as [x](javascript:...) would still become a live script.
    private static void NeutraliseUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!IsSafe(autolink.Url))
            {
                autolink.Url = "#";
            }
        }
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        return !hasScheme || SafeSchemes.Contains(trimmed[..colon], StringComparer.OrdinalIgnoreCase);
    }
}
