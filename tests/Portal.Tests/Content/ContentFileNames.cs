using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;
using Portal.Web.Localization;

namespace Portal.Tests.Content;

/// <summary>What the content tests read from a content file's name: its language and its path inside content/.</summary>
public static partial class ContentFileNames
{
    /// <summary>The language in a content file's name (<c>history.fr.md</c>), or null for a file that is not content.</summary>
    public static string? LanguageOf(string path)
    {
        var match = ContentFileName().Match(Path.GetFileName(path));
        return match.Success && Languages.All.Contains(match.Groups["lang"].Value) ? match.Groups["lang"].Value : null;
    }

    /// <summary>The path inside content/, with forward slashes, as a failure message names it.</summary>
    public static string Relative(string path) => Path.GetRelativePath(TestPaths.RepositoryContent, path).Replace('\\', '/');

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\.(?<lang>[a-z]{2})\.md$")]
    private static partial Regex ContentFileName();
}
