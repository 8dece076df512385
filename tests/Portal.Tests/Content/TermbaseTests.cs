using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;
using Portal.Web.Localization;

namespace Portal.Tests.Content;

/// <summary>The real content/ writes each person, body and notion the one way content/terms.yaml sets for its language.</summary>
public sealed partial class TermbaseTests
{
    private static readonly string TermbasePath = Path.Combine(TestPaths.RepositoryContent, "terms.yaml");

    private static readonly Termbase Terms = Termbase.Load(TermbasePath);

    [Fact]
    public void Every_term_has_a_preferred_form_in_all_four_languages()
    {
        Assert.NotEmpty(Terms.Terms);
        var missing = (from term in Terms.Terms
                       from language in Languages.All
                       where string.IsNullOrWhiteSpace(term.In(language)?.Use)
                       select $"{term.Id}: no preferred form in {language}").ToList();

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Every_term_has_an_id_and_a_kind_and_no_id_is_used_twice()
    {
        Assert.All(Terms.Terms, term => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", term.Id));
        Assert.All(Terms.Terms, term => Assert.Contains(term.Kind, new[] { "person", "place", "institution", "programme", "notion" }));
        Assert.Empty(Terms.Terms.GroupBy(t => t.Id).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void No_preferred_form_is_also_listed_as_a_variant_to_avoid()
    {
        var clashes = (from term in Terms.Terms
                       from language in Languages.All
                       let forms = term.In(language)
                       where forms is not null
                       from variant in forms.Avoid
                       where string.IsNullOrWhiteSpace(variant) || term.PatternOf(variant).IsMatch(forms.Use)
                       select $"{term.Id} ({language}): the variant \"{variant}\" matches the preferred form \"{forms.Use}\"").ToList();

        Assert.True(clashes.Count == 0, string.Join(Environment.NewLine, clashes));
    }

    [Fact]
    public void The_importer_reads_markdown_files_only_so_the_termbase_is_not_content()
    {
        Assert.True(File.Exists(TermbasePath));
        Assert.DoesNotContain(Directory.EnumerateFiles(TestPaths.RepositoryContent, "*.md", SearchOption.AllDirectories),
            path => Path.GetFileName(path).StartsWith("terms.", StringComparison.Ordinal));
    }

    [Fact]
    public void No_content_file_uses_a_variant_the_termbase_says_to_avoid()
    {
        var found = new List<string>();
        foreach (var path in Directory.EnumerateFiles(TestPaths.RepositoryContent, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var language = LanguageOf(path);
            if (language is null)
            {
                continue;
            }

            var lines = File.ReadAllLines(path);
            var relative = Path.GetRelativePath(TestPaths.RepositoryContent, path).Replace('\\', '/');
            foreach (var term in Terms.Terms)
            {
                var forms = term.In(language);
                if (forms is null)
                {
                    continue;
                }

                foreach (var variant in forms.Avoid)
                {
                    var pattern = term.PatternOf(variant);
                    for (var i = 0; i < lines.Length; i++)
                    {
                        foreach (Match match in pattern.Matches(lines[i]))
                        {
                            found.Add($"{relative}:{i + 1}: \"{match.Value}\" — write \"{forms.Use}\" ({term.Id})");
                        }
                    }
                }
            }
        }

        Assert.True(found.Count == 0, $"{found.Count} variant(s) to avoid:{Environment.NewLine}{string.Join(Environment.NewLine, found)}");
    }

    [Fact]
    public void A_variant_is_matched_as_a_whole_word_and_a_star_stands_for_any_ending()
    {
        var term = new Term { Id = "t", Kind = "person" };

        Assert.Matches(term.PatternOf("Тихановск*"), "Светланой Тихановской");
        Assert.DoesNotMatch(term.PatternOf("Svetlana"), "Svetlanas");
        Assert.Matches(term.PatternOf("peine capitale"), "Peine capitale");
        Assert.DoesNotMatch(term.PatternOf("Helsinki dialogue"), "Helsinki Dialogue");
        Assert.Matches(term.PatternOf("Belarusian government*"), "the Belarusian\ngovernment's");
        Assert.DoesNotMatch(new Term { MatchCase = true }.PatternOf("groupe de contact"), "Groupe de contact");
    }

    /// <summary>The language in a content file's name (<c>history.fr.md</c>), or null for a file that is not content.</summary>
    private static string? LanguageOf(string path)
    {
        var match = ContentFileName().Match(Path.GetFileName(path));
        return match.Success && Languages.All.Contains(match.Groups["lang"].Value) ? match.Groups["lang"].Value : null;
    }

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\.(?<lang>[a-z]{2})\.md$")]
    private static partial Regex ContentFileName();
}
