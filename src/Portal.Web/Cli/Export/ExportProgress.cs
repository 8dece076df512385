namespace Portal.Web.Cli.Export;

/// <summary>
/// How far the export is, on stderr: a bar redrawn in place on a terminal; count lines now and then when stderr is a file
/// or a pipe, where a redrawn line would be noise.
/// </summary>
public sealed class ExportProgress(TextWriter error, bool isTerminal)
{
    private const int BarWidth = 30;
    private const int LineEvery = 100;

    private readonly Lock gate = new();
    private int lastLine;

    public static ExportProgress For(CommandConsole console) =>
        new(console.Error, ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected);

    public void Report(int done, int known)
    {
        lock (gate)
        {
            if (isTerminal)
            {
                var filled = known == 0 ? 0 : BarWidth * done / known;
                error.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {done}/{known} addresses");
            }
            else if (done - lastLine >= LineEvery)
            {
                lastLine = done;
                error.WriteLine($"{done}/{known} addresses");
            }
        }
    }

    /// <summary>The last word of a phase, on a line of its own.</summary>
    public void Done(string message)
    {
        lock (gate)
        {
            if (isTerminal)
            {
                error.Write("\r" + new string(' ', BarWidth + 30) + "\r");
            }

            error.WriteLine(message);
        }
    }
}
