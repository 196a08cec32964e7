#include "StaticServer.h"

#include <QFile>
#include <QTcpSocket>
#include <QUrl>

namespace cinereg::test {

namespace {
QByteArray contentType(const QString& path)
{
    if (path.endsWith(QLatin1String(".html")))
        return "text/html; charset=utf-8";
    if (path.endsWith(QLatin1String(".js")))
        return "text/javascript; charset=utf-8";
    if (path.endsWith(QLatin1String(".css")))
        return "text/css; charset=utf-8";
    if (path.endsWith(QLatin1String(".json")))
        return "application/json";
    return "application/octet-stream";
}
} // namespace

StaticServer::StaticServer(const QString& root) : m_root(root)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    listen(QHostAddress::LocalHost, 0);
}

QString StaticServer::url(const QString& path) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(serverPort()).arg(path);
}

void StaticServer::answer(QTcpSocket* socket)
{
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", request);
    if (!request.contains("\r\n\r\n"))
        return; // the headers are not all there yet
    socket->setProperty("request", QByteArray());
    const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
    QString path = line.size() >= 2 ? QUrl::fromPercentEncoding(line[1]) : QString();
    path = path.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0).mid(1);
    if (path.isEmpty() || path.endsWith(QLatin1Char('/')))
        path += QStringLiteral("index.html");
    QFile file(m_root.filePath(path));
    const bool found = line.value(0) == "GET" && !path.contains(QLatin1String("..")) &&
                       file.open(QIODevice::ReadOnly);
    const QByteArray body = found ? file.readAll() : QByteArray("not found");
    socket->write((found ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n") +
                  QByteArray("Content-Type: ") + (found ? contentType(path) : "text/plain") +
                  "\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n" + body);
}

} // namespace cinereg::test
