namespace Portal.Web.Infrastructure;

/// <summary>
/// An OS lock on a file next to the database (<c>portal.db-running-lock</c>) that proves a process uses the database: the
/// site holds it shared for its whole life, <c>restore</c> takes it exclusively, so a database is never replaced under a
/// running site. The OS releases it when its holder ends in any way, <c>kill -9</c> included.
/// </summary>
/// <remarks>
/// On Linux and macOS .NET takes an flock(2) on every FileStream: LOCK_SH for any FileShare but None when the file is
/// opened for reading, LOCK_EX for FileShare.None (seen in /proc/locks as FLOCK READ and WRITE). Setting
/// DOTNET_SYSTEM_IO_DISABLEFILELOCKING turns that off, and with it this proof. On Windows both are sharing modes.
/// </remarks>
public sealed class SiteRunningLock : IDisposable
{
    private readonly FileStream file;

    private SiteRunningLock(FileStream file) => this.file = file;

    public static string PathFor(string databaseFile) => databaseFile + "-running-lock";

    /// <summary>The lock a running site holds; null while a restore holds it exclusively.</summary>
    public static SiteRunningLock? TryShared(string databaseFile) =>
        TryOpen(databaseFile, FileAccess.Read, FileShare.ReadWrite);

    /// <summary>The lock a restore holds; null while any process holds it, shared or not.</summary>
    public static SiteRunningLock? TryExclusive(string databaseFile) =>
        TryOpen(databaseFile, FileAccess.ReadWrite, FileShare.None);

    public void Dispose() => file.Dispose();

    private static SiteRunningLock? TryOpen(string databaseFile, FileAccess access, FileShare share)
    {
        try
        {
            return new SiteRunningLock(new FileStream(PathFor(databaseFile), FileMode.OpenOrCreate, access, share));
        }
        catch (IOException e) when (e.GetType() == typeof(IOException)) // held; its subtypes (no such folder...) are not
        {
            return null;
        }
    }
}
