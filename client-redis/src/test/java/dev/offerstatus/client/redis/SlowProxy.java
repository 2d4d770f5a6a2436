package dev.offerstatus.client.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** A loopback TCP proxy to Redis that holds every answer for a while: a slow Redis. */
final class SlowProxy implements AutoCloseable {
  private final ServerSocket server;
  private final int target;
  private final Duration delay;

  SlowProxy(int target, Duration delay) throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.target = target;
    this.delay = delay;
    Thread accept = new Thread(this::accept, "slow-proxy");
    accept.setDaemon(true);
    accept.start();
  }

  String uri() {
    return "redis://127.0.0.1:" + server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket redis = new Socket(InetAddress.getLoopbackAddress(), target);
        pipe(client, redis, Duration.ZERO);
        pipe(redis, client, delay);
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void pipe(Socket from, Socket to, Duration delay) throws IOException {
    InputStream in = from.getInputStream();
    OutputStream out = to.getOutputStream();
    Thread t =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (from;
                  to) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                  Thread.sleep(delay.toMillis());
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException | InterruptedException e) {
                // the other side closed
              }
            },
            "slow-proxy-pipe");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
