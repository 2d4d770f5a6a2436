// A loopback stand-in for Feishu's document-detail endpoint, shared by the doc-loop ITs:
// `pages` maps the end of a fullPath to [status, content, updateTime (ms) or null]. It runs in
// the invoker's JVM while the IT's Maven build (a forked process) fetches from it; the IT's
// .mvn/maven.config points offerStatus.docBaseUrl at it, and verify.groovy stops it.
import com.sun.net.httpserver.HttpServer
import groovy.json.JsonOutput

def start(File project, Map pages) {
  def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
  server.createContext('/') { exchange ->
    def query = URLDecoder.decode(exchange.requestURI.rawQuery ?: '', 'UTF-8')
    def key = pages.keySet().find { query.endsWith(it) }
    def answer = key == null ? [404, null, null] : pages[key]
    def body = answer[0] == 200
        ? JsonOutput.toJson([code: 0, msg: 'success', data: [document: [content: answer[1]] + (answer[2] == null ? [:] : [updateTime: answer[2].intdiv(1000)])]])
        : 'unavailable'
    def bytes = body.getBytes('UTF-8')
    exchange.responseHeaders.add('Content-Type', 'application/json; charset=utf-8')
    exchange.sendResponseHeaders(answer[0], bytes.length)
    exchange.responseBody.write(bytes)
    exchange.close()
  }
  server.start()
  System.properties.put('offerStatus.it.docServer.' + project.name, server)
  new File(project, '.mvn').mkdirs()
  new File(project, '.mvn/maven.config').setText("-DofferStatus.docBaseUrl=http://127.0.0.1:${server.address.port}\n", 'UTF-8')
  return server
}

def stop(File project) {
  def server = System.properties.remove('offerStatus.it.docServer.' + project.name)
  server?.stop(0)
}

/** The body of a page (the part after its front matter) and its last_remote_update_timestamp. */
def vendored(File page) {
  def text = page.getText('UTF-8')
  def stamp = (text =~ /(?m)^last_remote_update_timestamp: (\d+)$/)[0][1] as long
  [text.substring(text.indexOf('\n---\n', 4) + 5), stamp]
}

return this
