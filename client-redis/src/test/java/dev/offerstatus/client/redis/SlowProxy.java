package dev.offerstatus.client.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A loopback TCP proxy to Redis that can hold every request (before Redis sees it) or every answer
 * (after Redis ran it) for a while: a slow network or a slow Redis.
 */
final class SlowProxy implements AutoCloseable {
  private final ServerSocket server;
  private final int target;
  private volatile Duration requestDelay = Duration.ZERO;
  private volatile Duration answerDelay = Duration.ZERO;

  SlowProxy(int target) throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.target = target;
    Thread accept = new Thread(this::accept, "slow-proxy");
    accept.setDaemon(true);
    accept.start();
  }

  SlowProxy delayRequests(Duration delay) {
    this.requestDelay = delay;
    return this;
  }

  SlowProxy delayAnswers(Duration delay) {
    this.answerDelay = delay;
    return this;
  }

  String uri() {
    return "redis://127.0.0.1:" + server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket redis = new Socket(InetAddress.getLoopbackAddress(), target);
        pipe(client, redis, true);
        pipe(redis, client, false);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pipe(Socket from, Socket to, boolean requests) throws IOException {
    InputStream in = from.getInputStream();
    OutputStream out = to.getOutputStream();
    Thread t =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (from;
                  to) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                  Thread.sleep((requests ? requestDelay : answerDelay).toMillis());
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
