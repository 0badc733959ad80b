# The API image (contract §6), from the lean jar: the API talks to an external Neo4j (NEO4J_URI).
#   ./mvnw -B -ntp -pl api -am package -DskipTests && docker build -t creditgraph/api .
# BASE_IMAGE: any Java 25 runtime with bash; .ci/images.sh passes a locally built one.
ARG BASE_IMAGE=eclipse-temurin:25-jre
FROM ${BASE_IMAGE}
ARG JAR=api/target/creditgraph-lean.jar
# Check reports (GET /report/check.pdf) are set in a CJK TrueType font (docs/check-report.md). Debian's
# fonts-wqy-zenhei when the package mirror is reachable; otherwise the image still builds and reports answer 503.
RUN if command -v apt-get >/dev/null; then \
      (apt-get -q -o Acquire::Retries=0 -o Acquire::http::Timeout=20 update \
       && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends fonts-wqy-zenhei \
       && rm -rf /var/lib/apt/lists/*) \
      || echo "fonts-wqy-zenhei not installed: check reports will answer 503"; \
    fi
RUN useradd --system --uid 10001 --user-group --home-dir /app creditgraph \
 && mkdir -p /app/data/keys \
 && chown -R creditgraph:creditgraph /app \
 && chmod 0700 /app/data /app/data/keys
COPY --chown=root:root ${JAR} /app/creditgraph.jar
WORKDIR /app
USER creditgraph
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseG1GC -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8"
EXPOSE 8080
# bash's /dev/tcp: no curl or wget in JRE base images.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-jar", "/app/creditgraph.jar"]
CMD ["serve", "--port", "8080", "--data-dir", "/app/data"]
