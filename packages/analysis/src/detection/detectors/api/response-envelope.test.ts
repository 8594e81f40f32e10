import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { envelopeVariant, responseEnvelope } from './response-envelope.js';

describe('api/response-envelope', () => {
  it('derives the envelope from the keys of a success body', () => {
    const shape = (keys: string[], failed = false, statusFlag = false) => ({
      keys,
      failed,
      statusFlag,
    });
    expect(envelopeVariant(shape(['user']), null)).toBe('bare');
    expect(envelopeVariant(shape(['data', 'meta']), null)).toBe('data');
    expect(envelopeVariant(shape(['success', 'data', 'message']), 201)).toBe('data+success');
    expect(envelopeVariant(shape(['error']), null)).toBeNull();
    expect(envelopeVariant(shape(['data']), 404)).toBeNull();
    expect(envelopeVariant(shape(['success', 'data'], true), null)).toBeNull();
    expect(envelopeVariant(shape(['status', 'data'], false, true), null)).toBe('data+status');
    expect(envelopeVariant(shape(['status', 'id']), null)).toBe('bare');
    expect(envelopeVariant(shape(['result']), null)).toBe('bare');
    expect(envelopeVariant(shape(['message']), null)).toBeNull();
    expect(envelopeVariant(shape([]), null)).toBeNull();
  });

  it('reads Express, Fastify, Hono and Koa responses', async () => {
    const source = [
      'res.json({ user });', // 1 bare
      'res.status(201).json({ data: user, meta: { page } });', // 2 data
      'reply.send({ success: true, data: items });', // 3 data+success
      'return c.json({ data: post }, 201);', // 4 data
      'ctx.body = { articles, articlesCount };', // 5 bare
      'return Response.json({ data: x });', // 6 data
      'res.status(404).json({ data: null });', // error status: neutral
      "res.json({ error: 'not found' });", // error body: neutral
      "res.json({ message: 'deleted' });", // acknowledgement: neutral
      'res.json({ ...user, token });', // spread: neutral
      'res.json(user);', // not a literal: neutral
      'cache.json({ data: 1 });', // not a response
      'res.json({});', // empty: neutral
      'return c.json({ data: 1 }, 500);', // error status: neutral
    ].join('\n');
    expect(await observe(responseEnvelope, 'src/routes.ts', source)).toEqual([
      'bare@1',
      'data@2',
      'data+success@3',
      'data@4',
      'bare@5',
      'data@6',
    ]);
  });

  it('reads Flask, FastAPI, Django and DRF responses', async () => {
    const source = [
      '@app.get("/users/<id>")',
      'def show(id):',
      '    if not user:',
      '        return {"error": "not found"}, 404', // error: neutral
      '    return {"data": user, "meta": meta}', // 5 data
      '@bp.route("/items")',
      'def items():',
      '    return jsonify(items=items, count=count)', // 8 bare
      'def helper():',
      '    return {"data": 1}', // not a route handler
      'class UserView(APIView):',
      '    def get(self, request):',
      '        return Response({"success": True, "data": s.data})', // 13 data+success
      '    def post(self, request):',
      '        return Response({"data": s.errors}, status=status.HTTP_400_BAD_REQUEST)', // error
      'def view(request):',
      '    return JsonResponse({"user": u})', // 17 bare
      'payload = {"data": 1}',
      'jsonify(user)', // not a literal
      'return jsonify({"message": "ok"})', // acknowledgement
    ].join('\n');
    expect(await observe(responseEnvelope, 'app/views.py', source)).toEqual([
      'data@5',
      'bare@8',
      'data+success@13',
      'bare@17',
    ]);
  });

  it('describes the envelope', () => {
    expect(
      responseEnvelope.describe({
        variant: 'data+success',
        snippet: '',
        context: { keys: 'data, success' },
      }),
    ).toBe('responds with an envelope of `data`, `success`');
    expect(responseEnvelope.variants['data+success']).toBe(
      'wrap responses in an envelope of `data`, `success`',
    );
  });
});
