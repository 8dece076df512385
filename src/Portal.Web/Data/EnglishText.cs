using System.Security.Cryptography;
using System.Text;

namespace Portal.Web.Data;

/// <summary>The English text of a news item as a translation was made from it: what a translator must follow.</summary>
public sealed class EnglishText
{
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string Place { get; set; }
    public required string BodyMarkdown { get; set; }

    public string Fingerprint => FingerprintOf(Title, Summary, Place, BodyMarkdown);

    public static EnglishText Of(NewsTranslation english) => new()
    {
        Title = english.Title, Summary = english.Summary, Place = english.Place, BodyMarkdown = english.BodyMarkdown,
    };

    /// <summary>
    /// SHA-256 of the four fields a translator translates, so that a save of the same text (or a body that differs only in
    /// trailing line breaks) leaves every translation as it was.
    /// </summary>
    public static string FingerprintOf(string title, string summary, string place, string bodyMarkdown)
    {
        var text = string.Join('\0', title.Trim(), summary.Trim(), place.Trim(), bodyMarkdown.TrimEnd());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
