using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Portal.Web.Localization;

namespace Portal.Web.Content;

/// <summary>A file <c>content/&lt;section&gt;/&lt;slug&gt;.&lt;lang&gt;.md</c>, named and hashed, not yet parsed.</summary>
public sealed partial record ContentFile(string Path, string Section, string Slug, string Language, string FullPath)
{
    public const string PagesSection = "pages";
    public const string InstitutionsSection = "institutions";
    public const string NewsSection = "news";

    private static readonly string[] Sections = [PagesSection, InstitutionsSection, NewsSection];

    public string Hash { get; private init; } = "";

    [GeneratedRegex("^(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\\.(?<lang>[^.]+)\\.md$")]
    private static partial Regex FileName();

    /// <summary>Every Markdown file under the folder, with the reason each badly named one is refused.</summary>
    public static (List<ContentFile> Files, List<RefusedFile> Refused) Scan(string root)
    {
        var files = new List<ContentFile>();
        var refused = new List<RefusedFile>();
        var seen = new Dictionary<(string, string, string), string>();

        foreach (var fullPath in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = System.IO.Path.GetRelativePath(root, fullPath).Replace('\\', '/');
            var section = path.Contains('/') ? path[..path.IndexOf('/')] : null;
            var name = System.IO.Path.GetFileName(path);
            if (section is null || name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
            {
                continue; // notes for editors, not pages
            }

            var reason = Check(section, name, out var slug, out var language);
            if (reason is null && seen.TryGetValue((section, slug, language), out var first))
            {
                reason = $"duplicate slug: {first} already defines '{slug}' in '{language}'";
            }

            if (reason is not null)
            {
                refused.Add(new RefusedFile(path, reason));
                continue;
            }

            seen[(section, slug, language)] = path;
            files.Add(new ContentFile(path, section, slug, language, fullPath));
        }

        // Hashing reads every file: several at once.
        var hashed = new ContentFile[files.Count];
        Parallel.For(0, files.Count, i => hashed[i] = files[i] with { Hash = HashOf(files[i].FullPath) });
        return ([.. hashed], refused);
    }

    private static string? Check(string section, string name, out string slug, out string language)
    {
        slug = language = "";
        if (!Sections.Contains(section))
        {
            return $"unknown section '{section}' (expected {string.Join(", ", Sections)})";
        }

        var match = FileName().Match(name);
        if (!match.Success)
        {
            return "the file name is not <slug>.<lang>.md with a lower-case ASCII slug";
        }

        slug = match.Groups["slug"].Value;
        language = match.Groups["lang"].Value;
        return Languages.IsSupported(language)
            ? null
            : $"unknown language '{language}' (expected {string.Join(", ", Languages.All)})";
    }

    private static string HashOf(string fullPath)
    {
        using var stream = File.OpenRead(fullPath);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(BitConverter.GetBytes(MarkdownRenderer.Version));
        var buffer = new byte[8192];
        for (int read; (read = stream.Read(buffer)) > 0;)
        {
            sha.AppendData(buffer, 0, read);
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }
}

public sealed record RefusedFile(string Path, string Reason);
