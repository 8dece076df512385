using System.Text;

namespace Portal.Web.Content;

/// <summary>The text of a content file, read as strict UTF-8 and holding only characters the site can publish.</summary>
public static class ContentText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="ContentException">The file is not valid UTF-8, or holds a character XML (and so the news feed) cannot carry.</exception>
    public static async Task<string> ReadAsync(string fullPath, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(fullPath, cancellationToken);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            // Read leniently, the byte would silently become U+FFFD in the published text.
            throw new ContentException($"invalid UTF-8 at byte {e.Index}: save the file as UTF-8");
        }

        return XmlCharacters.FindForbidden(text) is { } forbidden
            ? throw new ContentException($"the character {forbidden} cannot be published (XML, and so the news feed, cannot carry it)")
            : text;
    }
}
