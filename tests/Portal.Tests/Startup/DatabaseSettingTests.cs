using Microsoft.Data.Sqlite;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Startup;

/// <summary>A wrong <c>ConnectionStrings:Portal</c> stops the app at once, with one line that names it and says what is wrong.</summary>
public sealed class DatabaseSettingTests : IDisposable
{
    private static readonly TimeSpan ExitLimit = TimeSpan.FromSeconds(30);
    private readonly string folder = Directory.CreateTempSubdirectory("portal-setting-").FullName;

    [Fact]
    public async Task A_connection_string_for_another_kind_of_database_is_refused_by_name_without_echoing_its_password()
    {
        var output = await StartAndFailAsync("Host=db.example.org;Username=portal;Password=Sw0rdfish-41;Database=portal");

        Assert.Contains("not a SQLite connection string", output);
        Assert.DoesNotContain("Sw0rdfish-41", output);
    }

    [Fact]
    public async Task A_folder_given_as_the_database_file_is_refused_by_name()
    {
        var output = await StartAndFailAsync($"Data Source={folder}");

        Assert.Contains("is a folder", output);
    }

    [Fact]
    public async Task A_database_folder_that_cannot_be_created_is_refused_by_name()
    {
        var blocker = Path.Combine(folder, "blocker");
        await File.WriteAllTextAsync(blocker, "a file where a folder would have to be");

        var output = await StartAndFailAsync($"Data Source={Path.Combine(blocker, "data", "portal.db")}");

        Assert.Contains("cannot be created", output);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_by_name()
    {
        var notADatabase = Path.Combine(folder, "portal.db");
        await File.WriteAllTextAsync(notADatabase, "This is a text file, not a SQLite database, whatever its name says.");

        var output = await StartAndFailAsync($"Data Source={notADatabase}");

        Assert.Contains("not a SQLite database", output);
    }

    [Fact]
    public async Task A_sqlite_connection_string_for_postgresql_is_refused_by_name()
    {
        var output = await StartAndFailAsync($"Data Source={Path.Combine(folder, "portal.db")}",
            new Dictionary<string, string> { ["Portal__Database__Provider"] = "PostgreSql" });

        Assert.Contains("not a PostgreSQL connection string", output);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Starts the app with <paramref name="connectionString"/>; asserts it stops with one line naming the setting.</summary>
    private async Task<string> StartAndFailAsync(string connectionString, Dictionary<string, string>? settings = null)
    {
        using var app = settings is null
            ? PortalProcess.StartWithConnectionString(connectionString, folder)
            : PortalProcess.StartWith(connectionString, TestPaths.RepositoryContent, folder, settings);
        var exited = await app.ExitsWithinAsync(ExitLimit);
        var output = app.Output;

        Assert.True(exited, $"The app still runs {ExitLimit.TotalSeconds} s after starting with a wrong setting. Its log:\n{output}");
        Assert.NotEqual(0, app.ExitCode);
        Assert.Single(output.Split('\n'), line => line.Contains("ConnectionStrings:Portal", StringComparison.Ordinal));
        Assert.DoesNotContain(output.Split('\n'), line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        return output;
    }
}
