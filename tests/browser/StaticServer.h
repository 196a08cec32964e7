#pragma once

#include <QDir>
#include <QTcpServer>

namespace cinereg::test {

// A static file server on 127.0.0.1 for the browser tests: what the CCM's web server does with
// the published folder, and nothing more (GET only, no program runs on the server).
class StaticServer : public QTcpServer
{
public:
    explicit StaticServer(const QString& root);
    QString url(const QString& path) const; // http://127.0.0.1:PORT/path

private:
    void answer(QTcpSocket* socket);
    QDir m_root;
};

} // namespace cinereg::test
