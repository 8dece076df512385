using System.Security.Cryptography;
using System.Text;

namespace Portal.Web.Content;

/// <summary>
/// The hash git gives a file's bytes (<c>git hash-object</c>): a translation's <c>translated-from:</c> names its English file by
/// it, so that telling whether the English changed needs no git, and git can still show the English it was.
/// </summary>
public static class GitBlob
{
    public static string HashOf(string path) => HashOf(File.ReadAllBytes(path));

    public static string HashOf(byte[] content)
    {
        var header = Encoding.ASCII.GetBytes($"blob {content.Length}\0");
        return Convert.ToHexStringLower(SHA1.HashData([.. header, .. content]));
    }
}
