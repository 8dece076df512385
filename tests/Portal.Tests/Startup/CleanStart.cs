using Portal.Tests.Infrastructure;

namespace Portal.Tests.Startup;

/// <summary>What a start that nobody interrupted leaves in the database, to compare a recovered one with.</summary>
public sealed class CleanStart : IDisposable
{
    private readonly PortalFactory factory = new(TestPaths.RepositoryContent);

    public CleanStart() => ContentCounts = CountAsync();

    public Task<string> ContentCounts { get; }

    public void Dispose() => factory.Dispose();

    private async Task<string> CountAsync()
    {
        await factory.ReadyClientAsync();
        return SqliteFile.ContentCounts(factory.DatabasePath);
    }
}
