using Portal.Tests.Infrastructure;
using Portal.Web.Cli.Translations;

namespace Portal.Tests.Content;

/// <summary>The repository's own content passes its translations check: a change to an English page reaches the other three.</summary>
public sealed class TranslationsAreCurrentTests
{
    [Fact]
    public async Task Every_translation_in_content_was_made_from_its_English_file_as_it_is_now()
    {
        var files = await ContentTranslationCheck.RunAsync(TestPaths.RepositoryContent, TestContext.Current.CancellationToken);

        var behind = files.Where(file => file.State != FileState.UpToDate)
            .Select(file => $"{file.Path}: {file.State} (after a review, run `translations mark-current {file.Path}`)").ToList();
        Assert.True(behind.Count == 0, string.Join(Environment.NewLine, behind));
        Assert.Equal(39, files.Count);
    }
}
