<%@ page contentType="text/html;charset=UTF-8" session="false" %><!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ceiling</title></head>
<body><h1>The ceiling</h1><p>A static JSP in the same Tomcat: the fastest a page can be served here.</p></body></html>
