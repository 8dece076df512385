using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

/// <summary>News items of plausible length made of words from each language, saved through PortalDb like the admin saves.</summary>
internal static class GeneratedNews
{
    private static readonly Dictionary<string, string[]> Words = new()
    {
        ["en"] = "council europe congress democratic forces belarus civil society meeting delegation rights session assembly committee ministers journalists safety platform commissioner human local regional authorities cooperation contact group strasbourg report decision resolution".Split(' '),
        ["fr"] = "conseil europe congrès forces démocratiques bélarus société civile réunion délégation droits session assemblée comité ministres journalistes sécurité plateforme commissaire homme pouvoirs locaux régionaux coopération groupe contact strasbourg rapport décision résolution".Split(' '),
        ["ru"] = "совет европы конгресс демократических сил беларуси гражданского общества встреча делегация права сессия ассамблея комитет министров журналистов безопасность платформа комиссар человека местных региональных властей сотрудничество контактная группа страсбург доклад решение резолюция".Split(' '),
        ["be"] = "савет еўропы кангрэс дэмакратычных сіл беларусі грамадзянскай супольнасці сустрэча дэлегацыя правы сесія асамблея камітэт міністраў журналістаў бяспека платформа камісар чалавека мясцовых рэгіянальных улад супрацоўніцтва кантактная група страсбург даклад рашэнне рэзалюцыя".Split(' '),
    };

    public static async Task AddAsync(PortalDb db, int count)
    {
        const int batch = 500;
        var random = new Random(42);
        var institutions = await db.Institutions.Select(i => i.Id).ToListAsync();
        for (var start = 0; start < count; start += batch)
        {
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                db.News.Add(new NewsItem
                {
                    Slug = $"generated-{i}",
                    Date = new DateOnly(2020, 1, 1).AddDays(i % 2000),
                    InstitutionId = institutions[i % institutions.Count],
                    Status = NewsStatus.Published,
                    EditedAt = DateTime.UtcNow,
                    UpdatedAt = DateTime.UtcNow,
                    Translations = Words.Keys.Select(language => Text(language, random)).ToList(),
                });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private static NewsTranslation Text(string language, Random random)
    {
        string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[language][random.Next(Words[language].Length)]));
        var paragraphs = Enumerable.Range(0, 4).Select(_ => Sentence(60)).ToList();
        return new NewsTranslation
        {
            Language = language,
            Title = Sentence(8),
            Summary = Sentence(25),
            Place = "Strasbourg",
            BodyMarkdown = string.Join("\n\n", paragraphs),
            BodyHtml = string.Concat(paragraphs.Select(p => $"<p>{p}</p>\n")),
            UpdatedAt = DateTime.UtcNow,
        };
    }
}
