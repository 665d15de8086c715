using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Rcm.Cli.Tests.Support;

/// <summary>
/// A long-running `rcm serve` or `rcm sandbox` child process: waits for the line announcing its URL, keeps all
/// output for failure messages, and is killed on dispose.
/// </summary>
public sealed partial class LongRunningRcm : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Regex _announcement;

    private LongRunningRcm(IEnumerable<string> args, Regex announcement)
    {
        _announcement = announcement;
        _process = RcmProcess.Start(args);
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.EnableRaisingEvents = true;
        _process.Exited += (_, _) => _url.TrySetException(new InvalidOperationException($"rcm exited early:\n{Output}"));
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The announced base URL (no trailing slash).</summary>
    public string Url { get; private set; } = "";

    /// <summary>Seconds from process start to the announcement.</summary>
    public double SecondsToReady { get; private set; }

    /// <summary>Everything written so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts `rcm ARGS` and waits until a line matches <paramref name="announcement"/> (group "url").</summary>
    public static async Task<LongRunningRcm> StartAsync(IEnumerable<string> args, Regex announcement, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var rcm = new LongRunningRcm(args, announcement);
        try
        {
            Task finished = await Task.WhenAny(rcm._url.Task, Task.Delay(timeout));
            if (finished != rcm._url.Task)
            {
                throw new TimeoutException($"rcm {string.Join(' ', args)} announced no URL within {timeout.TotalSeconds:0} s:\n{rcm.Output}");
            }

            rcm.Url = (await rcm._url.Task).TrimEnd('/');
            rcm.SecondsToReady = clock.Elapsed.TotalSeconds;
            return rcm;
        }
        catch
        {
            rcm.Dispose();
            throw;
        }
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        RcmProcess.Kill(_process);
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Append(line).Append('\n');
        }

        if (_announcement.Match(line) is { Success: true } match)
        {
            _url.TrySetResult(match.Groups["url"].Value);
        }
    }
}
