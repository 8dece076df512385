using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using QRCoder;

namespace Portal.Web.Areas.Admin.Accounts;

/// <summary>
/// A QR code as an inline SVG drawn on the server: one path of dark squares, no style attribute (the content
/// security policy forbids inline styles) and nothing fetched from elsewhere. QRCoder does the encoding.
/// </summary>
public static class QrCodeSvg
{
    public static IHtmlContent Draw(string text, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix; // with its quiet zone around
        var path = new StringBuilder();
        for (var y = 0; y < modules.Count; y++)
        {
            for (var x = 0; x < modules[y].Count; x++)
            {
                if (modules[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
                }
            }
        }

        var size = modules.Count.ToString(CultureInfo.InvariantCulture);
        var svg = new HtmlContentBuilder();
        svg.AppendHtml($"<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"");
        svg.Append(label);
        svg.AppendHtml($"\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>");
        return svg;
    }
}
