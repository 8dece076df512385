using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;
using Portal.Web.Localization;

namespace Portal.Tests.Content;

/// <summary>Each translation in the real content/ keeps its English page's structure: the same headings and the same list items.</summary>
public sealed partial class ContentStructureTests
{
    [Fact]
    public void Every_translation_has_the_headings_and_list_items_of_its_English_page()
    {
        var different = new List<string>();
        foreach (var english in Directory.EnumerateFiles(TestPaths.RepositoryContent, "*.en.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var expected = OutlineOf(File.ReadAllText(english));
            foreach (var language in Languages.All.Where(language => language != "en"))
            {
                var translation = english[..^".en.md".Length] + $".{language}.md";
                if (File.Exists(translation) && OutlineOf(File.ReadAllText(translation)) is var actual && actual != expected)
                {
                    different.Add($"{ContentFileNames.Relative(translation)}: outline {actual}, but {ContentFileNames.Relative(english)} has {expected}");
                }
            }
        }

        Assert.True(different.Count == 0, string.Join(Environment.NewLine, different));
    }

    [Fact]
    public void The_outline_tells_a_missing_list_item_and_a_heading_of_another_level_apart()
    {
        const string page = "---\ntitle: \"T\"\n---\n\n## A\n\n- one\n  - sub\n- two\n\n### B\n";

        Assert.Equal("h2 li0 li2 li0 h3", OutlineOf(page));
        Assert.NotEqual(OutlineOf(page), OutlineOf(page.Replace("- two\n", "")));
        Assert.NotEqual(OutlineOf(page), OutlineOf(page.Replace("### B", "## B")));
    }

    /// <summary>The body's headings (by level) and list items (by indentation), in order; the front matter is left out.</summary>
    private static string OutlineOf(string markdown)
    {
        var body = FrontMatter().Replace(markdown, "", 1);
        return string.Join(' ', from Match line in OutlineLine().Matches(body)
                                select line.Groups["hashes"].Success ? $"h{line.Groups["hashes"].Length}" : $"li{line.Groups["indent"].Length}");
    }

    [GeneratedRegex(@"\A---\n.*?\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^(?:(?<hashes>#{1,6})\s|(?<indent>[ ]*)[-*]\s)", RegexOptions.Multiline)]
    private static partial Regex OutlineLine();
}
