using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

/// <summary>One generated news item: its slug, day, institution and its text in each language.</summary>
internal sealed record GeneratedItem(string Slug, DateOnly Date, string Institution, IReadOnlyList<GeneratedText> Texts);

/// <summary>One language's text of a generated news item, its body as Markdown paragraphs.</summary>
internal sealed record GeneratedText(string Language, string Title, string Summary, string Place, IReadOnlyList<string> Paragraphs);

/// <summary>News items of plausible length made of words from each language, the same ones on every run.</summary>
internal static class GeneratedNews
{
    private static readonly Dictionary<string, string[]> Words = new()
    {
        ["en"] = "council europe congress democratic forces belarus civil society meeting delegation rights session assembly committee ministers journalists safety platform commissioner human local regional authorities cooperation contact group strasbourg report decision resolution".Split(' '),
        ["fr"] = "conseil europe congrès forces démocratiques bélarus société civile réunion délégation droits session assemblée comité ministres journalistes sécurité plateforme commissaire homme pouvoirs locaux régionaux coopération groupe contact strasbourg rapport décision résolution".Split(' '),
        ["ru"] = "совет европы конгресс демократических сил беларуси гражданского общества встреча делегация права сессия ассамблея комитет министров журналистов безопасность платформа комиссар человека местных региональных властей сотрудничество контактная группа страсбург доклад решение резолюция".Split(' '),
        ["be"] = "савет еўропы кангрэс дэмакратычных сіл беларусі грамадзянскай супольнасці сустрэча дэлегацыя правы сесія асамблея камітэт міністраў журналістаў бяспека платформа камісар чалавека мясцовых рэгіянальных улад супрацоўніцтва кантактная група страсбург даклад рашэнне рэзалюцыя".Split(' '),
    };

    private static readonly Dictionary<string, string> Places = new() { ["en"] = "Strasbourg", ["fr"] = "Strasbourg", ["ru"] = "Страсбург", ["be"] = "Страсбург" };

    // The institutions of content/institutions/, which every generated item must name.
    private static readonly string[] Institutions =
        ["committee-of-ministers", "parliamentary-assembly", "congress", "commissioner-for-human-rights", "journalists-safety-platform"];

    public static IEnumerable<GeneratedItem> Create(int count)
    {
        var random = new Random(42);
        for (var i = 0; i < count; i++)
        {
            var date = new DateOnly(2020, 1, 1).AddDays(i % 2000);
            yield return new GeneratedItem($"{Day(date)}-generated-{i}", date, Institutions[i % Institutions.Length],
                Words.Keys.Select(language => Text(language, random)).ToList());
        }
    }

    /// <summary>Saves the items through PortalDb, as the newsroom saves, so the search index is written by its interceptor.</summary>
    public static async Task AddAsync(PortalDb db, int count)
    {
        const int batch = 500;
        var institutions = await db.Institutions.ToDictionaryAsync(i => i.Slug, i => i.Id);
        foreach (var chunk in Create(count).Chunk(batch))
        {
            db.News.AddRange(chunk.Select(item => new NewsItem
            {
                Slug = item.Slug,
                Date = item.Date,
                InstitutionId = institutions[item.Institution],
                Status = NewsStatus.Published,
                EditedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
                Translations = item.Texts.Select(text => new NewsTranslation
                {
                    Language = text.Language,
                    Title = text.Title,
                    Summary = text.Summary,
                    Place = text.Place,
                    BodyMarkdown = string.Join("\n\n", text.Paragraphs),
                    BodyHtml = string.Concat(text.Paragraphs.Select(p => $"<p>{p}</p>\n")),
                    UpdatedAt = DateTime.UtcNow,
                }).ToList(),
            }));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static GeneratedText Text(string language, Random random)
    {
        string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[language][random.Next(Words[language].Length)]));
        var title = Sentence(8);
        var summary = Sentence(25);
        return new GeneratedText(language, title, summary, Places[language], Enumerable.Range(0, 4).Select(_ => Sentence(60)).ToList());
    }
}
