using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

/// <summary>The real content/ follows each language's typography: French spaces, guillemets, en dashes in ranges, "года".</summary>
public sealed class TypographyTests
{
    [Fact]
    public void Every_content_file_follows_the_typography_of_its_language()
    {
        var found = new List<string>();
        foreach (var path in Directory.EnumerateFiles(TestPaths.RepositoryContent, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var language = ContentFileNames.LanguageOf(path);
            if (language is null)
            {
                continue;
            }

            var relative = ContentFileNames.Relative(path);
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                found.AddRange(Typography.ProblemsIn(lines[i], language).Select(problem => $"{relative}:{i + 1}: {problem}"));
            }
        }

        Assert.True(found.Count == 0, $"{found.Count} typography problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, found)}");
    }

    [Theory]
    [InlineData("fr", "Cette liste prévoit :", "no-break space")]
    [InlineData("fr", "l'atelier « Des leaders pour le changement »", "no-break space")]
    [InlineData("fr", "summary: \"Les axes de travail : la liste\"", "no-break space")]
    [InlineData("ru", "изучили \"Концепцию\"", "« »")]
    [InlineData("be", "разгледзелі “Канцэпцыю”", "« »")]
    [InlineData("en", "no \"like\" services", "“ ”")]
    [InlineData("en", "the Council of Europe's website", "’")]
    [InlineData("fr", "le Conseil de l’Europe", "'")]
    [InlineData("be", "Рэйк’явікскага саміту", "'")]
    [InlineData("fr", "la liste d'activités 2024-2025", "2024–2025")]
    [InlineData("ru", "16-17 мая 2024 года", "16–17")]
    [InlineData("ru", "в 2024 г. Комитет", "года")]
    public void A_line_that_breaks_a_rule_is_reported_with_the_form_to_write(string language, string line, string expected)
    {
        Assert.Contains(Typography.ProblemsIn(line, language), problem => problem.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "Cette liste prévoit\u00a0: «\u00a0Des leaders\u00a0»")]
    [InlineData("fr", "title: \"Historique\u00a0: le Bélarus\"")]
    [InlineData("ru", "date: \"2025-02-11\"")]
    [InlineData("en", "summary: \"The Contact Group’s list of activities for 2024–2025\"")]
    [InlineData("fr", "le Conseil de l'Europe")]
    [InlineData("ru", "в январе 2024 года")]
    public void A_line_that_follows_the_rules_is_not_reported(string language, string line)
    {
        Assert.Empty(Typography.ProblemsIn(line, language));
    }
}
