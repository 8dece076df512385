using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Tests.Export;

/// <summary>
/// Debian's nginx serving a folder under a path (http://127.0.0.1:port/copy/ → the folder), with its 404.html for any
/// missing file, as a mirror's keeper would configure it; in the foreground, stopped by its own process id.
/// </summary>
public sealed class Nginx : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/sbin/nginx";

    private readonly string folder = Directory.CreateTempSubdirectory("portal-nginx-").FullName;
    private readonly Process process;

    private Nginx(string servedFolder, string rootPath)
    {
        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}{rootPath}");
        var www = Path.Combine(folder, "www");
        Directory.CreateDirectory(www);
        File.CreateSymbolicLink(Path.Combine(www, rootPath.Trim('/')), servedFolder);
        var temp = Path.Combine(folder, "temp");
        Directory.CreateDirectory(temp);
        // As root, nginx would hand its workers to "nobody", who may not read the test's private folders.
        var user = Environment.UserName == "root" ? "user root;" : "";
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            {{user}}
            daemon off;
            # One process: killing it leaves no worker behind, still listening.
            master_process off;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                access_log off;
                client_body_temp_path {{temp}}; proxy_temp_path {{temp}}; fastcgi_temp_path {{temp}};
                uwsgi_temp_path {{temp}}; scgi_temp_path {{temp}};
                server {
                    listen 127.0.0.1:{{port}};
                    root {{www}};
                    index index.html;
                    location / { try_files $uri $uri/ =404; }
                    error_page 404 {{rootPath}}404.html;
                }
            }
            """);
        process = Process.Start(new ProcessStartInfo(ExecutablePath, ["-p", folder, "-c", Path.Combine(folder, "nginx.conf")])
        {
            RedirectStandardError = true,
        })!;
    }

    public Uri Address { get; }

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static async Task<Nginx> ServeAsync(string servedFolder, string rootPath)
    {
        var nginx = new Nginx(servedFolder, rootPath);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, nginx.Address.Port);
                return nginx;
            }
            catch (SocketException) when (!nginx.process.HasExited)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException("nginx did not start: " + await nginx.process.StandardError.ReadToEndAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
