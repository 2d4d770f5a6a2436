package dev.offerstatus.client.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offerstatus.client.FakeTime;
import dev.offerstatus.client.RateLimit;
import dev.offerstatus.client.RateLimitedOperation;
import dev.offerstatus.client.RateLimiter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;
import redis.embedded.RedisServer;

/** The limiter on a real three-node Redis Cluster (three redis-server processes, no replicas). */
class RedisClusterTest {
  private static final int NODES = 3;
  private static final int SLOTS = 16384;

  @TempDir static Path dir;
  private static final List<RedisServer> servers = new ArrayList<>();
  private static final List<Integer> ports = new ArrayList<>();

  @BeforeAll
  static void startCluster() throws Exception {
    for (int i = 0; i < NODES; i++) {
      int port = TestRedis.freeClusterPort();
      RedisServer server =
          RedisServer.newRedisServer()
              .port(port)
              .bind("127.0.0.1")
              .setting("cluster-enabled yes")
              .setting("cluster-config-file " + dir.resolve("nodes-" + port + ".conf"))
              .setting("cluster-node-timeout 5000")
              .setting("save \"\"")
              .setting("appendonly no")
              .build();
      server.start();
      servers.add(server);
      ports.add(port);
    }
    for (int i = 0; i < NODES; i++) {
      try (Jedis node = new Jedis("127.0.0.1", ports.get(i))) {
        int from = SLOTS * i / NODES;
        int to = SLOTS * (i + 1) / NODES;
        node.clusterAddSlots(IntStream.range(from, to).toArray());
        if (i > 0) {
          node.clusterMeet("127.0.0.1", ports.get(0));
        }
      }
    }
    // set-up, not a timed assertion: the nodes gossip until every slot is served
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!allOk()) {
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException("the test cluster did not come up in 30 s");
      }
      Thread.sleep(100);
    }
  }

  @AfterAll
  static void stopCluster() throws IOException {
    for (RedisServer server : servers) {
      server.stop();
    }
  }

  @Test
  void oneAppsBudgetsLiveInOneSlotAndTheScriptRunsThere() throws InterruptedException {
    FakeTime time = new FakeTime();
    Set<HostAndPort> nodes = new LinkedHashSet<>();
    ports.forEach(p -> nodes.add(new HostAndPort("127.0.0.1", p)));
    try (RedisClusterClient cluster = RedisClusterClient.create(nodes);
        RedisRateLimiterFactory factory =
            RedisRateLimiterFactory.builder(cluster)
                .timeSource(time)
                .serverClock(time)
                .maxLateness(Duration.ofSeconds(10))
                .build()) {
      RateLimiter write =
          factory.forOperation(
              new RateLimitedOperation(
                  "https://open.feishu.cn/",
                  "cli_a",
                  "internOfferStatus",
                  new RateLimit(50, 1000)));
      RateLimiter read =
          factory.forOperation(
              new RateLimitedOperation(
                  "https://open.feishu.cn/", "cli_a", "getOffer", RateLimit.perSecondOnly(20)));
      for (int i = 0; i < 50; i++) {
        assertThat(write.acquire()).isZero();
      }
      assertThat(write.acquire()).isEqualTo(Duration.ofMillis(1050));
      read.acquire();

      String writeLog = "offer-status:rate:{https://open.feishu.cn/|cli_a}:internOfferStatus:log";
      String readLog = "offer-status:rate:{https://open.feishu.cn/|cli_a}:getOffer:log";
      assertThat(cluster.llen(writeLog)).isEqualTo(51);
      assertThat(cluster.llen(readLog)).isEqualTo(1);
      try (Jedis any = new Jedis("127.0.0.1", ports.get(0))) {
        assertThat(any.clusterKeySlot(writeLog)).isEqualTo(any.clusterKeySlot(readLog));
      }
    }
  }

  private static boolean allOk() {
    for (int port : ports) {
      try (Jedis node = new Jedis("127.0.0.1", port)) {
        if (!node.clusterInfo().contains("cluster_state:ok")) {
          return false;
        }
      }
    }
    return true;
  }
}
