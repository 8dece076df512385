using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Portal.Web.Areas.Admin.Translations;

/// <summary>
/// A word diff as HTML, every text encoded: deletions in &lt;del&gt;, insertions in &lt;ins&gt;, each announced by hidden words
/// ("[deleted: …]") for a screen reader and readable without colour. Written here rather than in Razor, whose markup lines would
/// add their indentation to text shown with its white space kept.
/// </summary>
public static class DiffHtml
{
    public static IHtmlContent Render(IReadOnlyList<DiffSegment> diff, string deletedLabel, string insertedLabel, string labelLanguage)
    {
        var html = new StringBuilder();
        foreach (var segment in diff)
        {
            var text = HtmlEncoder.Default.Encode(segment.Text);
            var (element, label) = segment.Kind switch
            {
                DiffKind.Deleted => ("del", deletedLabel),
                DiffKind.Inserted => ("ins", insertedLabel),
                _ => ((string?)null, ""),
            };
            if (element is null)
            {
                html.Append(text);
                continue;
            }

            html.Append('<').Append(element).Append("><span class=\"visually-hidden\" lang=\"").Append(HtmlEncoder.Default.Encode(labelLanguage))
                .Append("\">[").Append(HtmlEncoder.Default.Encode(label)).Append(" </span>").Append(text)
                .Append("<span class=\"visually-hidden\">]</span></").Append(element).Append('>');
        }

        return new HtmlString(html.ToString());
    }
}
