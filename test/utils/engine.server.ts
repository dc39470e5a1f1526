process.env.TEST_ENGINE = 'server';
