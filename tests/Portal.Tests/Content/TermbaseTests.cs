using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;
using Portal.Web.Localization;

namespace Portal.Tests.Content;

/// <summary>The real content/ writes each person, body and notion the one way content/terms.yaml sets for its language.</summary>
public sealed class TermbaseTests
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
            var language = ContentFileNames.LanguageOf(path);
            if (language is null)
            {
                continue;
            }

            var lines = File.ReadAllLines(path);
            var relative = ContentFileNames.Relative(path);
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

    [Fact]
    public void A_translation_names_each_term_that_follows_English_wherever_its_English_text_names_it()
    {
        var following = Terms.Terms.Where(t => t.FollowsEnglish).ToList();
        Assert.NotEmpty(following);

        var missing = new List<string>();
        foreach (var english in Directory.EnumerateFiles(TestPaths.RepositoryContent, "*.en.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var named = following.Where(term => term.IsNamedIn(File.ReadAllText(english), "en")).ToList();
            foreach (var language in Languages.All.Where(language => language != "en"))
            {
                var translation = english[..^".en.md".Length] + $".{language}.md";
                if (!File.Exists(translation))
                {
                    continue;
                }

                var text = File.ReadAllText(translation);
                missing.AddRange(from term in named
                                 where !term.IsNamedIn(text, language)
                                 select $"{ContentFileNames.Relative(translation)}: no \"{term.In(language)!.Use}\" ({term.Id}), though {ContentFileNames.Relative(english)} names \"{term.En!.Use}\"");
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} term(s) missing from a translation:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }

    [Fact]
    public void A_term_that_follows_English_is_recognised_in_its_own_preferred_form()
    {
        // A look_for that does not match the preferred form could only be satisfied by writing another form.
        var unrecognised = (from term in Terms.Terms
                            where term.FollowsEnglish
                            from language in Languages.All
                            let forms = term.In(language)
                            where forms is not null && !term.IsNamedIn(forms.Use, language)
                            select $"{term.Id} ({language}): look_for \"{forms.LookFor}\" does not match \"{forms.Use}\"").ToList();

        Assert.True(unrecognised.Count == 0, string.Join(Environment.NewLine, unrecognised));
    }

    [Fact]
    public void A_name_is_recognised_in_any_case_ending_and_across_a_line_break_but_not_when_it_is_left_out()
    {
        var term = new Term
        {
            Id = "t",
            Kind = "person",
            FollowsEnglish = true,
            En = new TermForms { Use = "Sviatlana Tsikhanouskaya" },
            Ru = new TermForms { Use = "Светлана Тихановская", LookFor = "Тихановск*" },
        };

        Assert.True(term.IsNamedIn("the Deputies meet Sviatlana\nTsikhanouskaya", "en"));
        Assert.True(term.IsNamedIn("заместители встречаются со Светланой Тихановской", "ru"));
        Assert.False(term.IsNamedIn("заместители встречаются с лидером демократических сил", "ru"));
        Assert.False(term.IsNamedIn("Светлана Тихановская", "fr"));
    }
}
